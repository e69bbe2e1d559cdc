/* Small enhancements; every page works without them. */
(function () {
  "use strict";
  function start() {
    // On a phone the results matter most: start with the filters folded (the summary opens them).
    var filters = document.querySelector(".filters__details");
    if (filters && window.matchMedia && window.matchMedia("(max-width: 47.99em)").matches) {
      filters.open = false;
    }
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
