/* Dichtbij chat widget: a progressive enhancement. Without this script the widget stays
 * hidden and every page works on its own.
 *
 * - Talks only to this site's /chat/message (same origin, JSON).
 * - The sender is a random id kept in sessionStorage, so it is forgotten when the tab closes.
 * - New messages are announced by the role="log" live region; focus stays in the input.
 * - Bot text is always inserted as text, never as HTML.
 */
(function () {
  "use strict";

  var SENDER_KEY = "dichtbij.chat.sender";
  var LOG_KEY = "dichtbij.chat.log";
  var OPEN_KEY = "dichtbij.chat.open";

  function storage() {
    try { return window.sessionStorage; } catch (e) { return null; }
  }

  function senderId() {
    var store = storage();
    var id = store && store.getItem(SENDER_KEY);
    if (!id) {
      if (window.crypto && window.crypto.randomUUID) {
        id = window.crypto.randomUUID();
      } else {
        var bytes = new Uint8Array(16);
        window.crypto.getRandomValues(bytes);
        id = Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
      }
      if (store) store.setItem(SENDER_KEY, id);
    }
    return id;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function safeHref(url) {
    if (typeof url !== "string") return null;
    if (url.charAt(0) === "/" && url.charAt(1) !== "/") return url;
    return /^(https?:|tel:|mailto:)/i.test(url) ? url : null;
  }

  function telHref(phone) {
    return "tel:" + String(phone).replace(/[^0-9+]/g, "");
  }

  function link(href, text, className) {
    var a = el("a", "utrecht-link " + (className || ""), text);
    a.href = href;
    return a;
  }

  function Chat(root) {
    this.root = root;
    this.embedded = root.getAttribute("data-embedded") === "true";
    this.endpoint = root.getAttribute("data-endpoint");
    this.labels = root.dataset;
    this.launcher = root.querySelector(".chat__launcher");
    this.panel = root.querySelector(".chat__panel");
    this.closeButton = root.querySelector(".chat__close");
    this.log = root.querySelector(".chat__log");
    this.status = root.querySelector(".chat__status");
    this.form = root.querySelector(".chat__form");
    this.input = root.querySelector(".chat__input");
    this.history = [];
    this.busy = false;
    this.restore();
    this.bind();
    root.hidden = false;
    var store = storage();
    if (!this.embedded && store && store.getItem(OPEN_KEY) === "true") this.open(false);
  }

  Chat.prototype.bind = function () {
    var self = this;
    if (this.launcher) {
      this.launcher.addEventListener("click", function () {
        if (self.panel.hidden) self.open(true); else self.close();
      });
    }
    if (this.closeButton) this.closeButton.addEventListener("click", function () { self.close(); });
    this.root.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && !self.embedded && !self.panel.hidden) {
        event.preventDefault();
        self.close();
      }
    });
    this.form.addEventListener("submit", function (event) {
      event.preventDefault();
      var text = self.input.value.trim();
      if (!text) { self.input.focus(); return; }
      self.input.value = "";
      self.send(text, text);
    });
  };

  Chat.prototype.open = function (focus) {
    this.panel.hidden = false;
    if (this.launcher) this.launcher.setAttribute("aria-expanded", "true");
    this.root.classList.add("chat--open");
    var store = storage();
    if (store) store.setItem(OPEN_KEY, "true");
    if (!this.history.length) this.welcome();
    if (focus) this.input.focus();
  };

  Chat.prototype.close = function () {
    this.panel.hidden = true;
    this.root.classList.remove("chat--open");
    if (this.launcher) {
      this.launcher.setAttribute("aria-expanded", "false");
      this.launcher.focus();
    }
    var store = storage();
    if (store) store.setItem(OPEN_KEY, "false");
  };

  Chat.prototype.welcome = function () {
    var buttons = [];
    try { buttons = JSON.parse(this.labels.welcomeButtons || "[]"); } catch (e) { buttons = []; }
    this.add({ from: "bot", message: { text: this.labels.welcome, buttons: buttons } });
  };

  Chat.prototype.restore = function () {
    var store = storage();
    var saved = [];
    try { saved = JSON.parse((store && store.getItem(LOG_KEY)) || "[]"); } catch (e) { saved = []; }
    for (var i = 0; i < saved.length; i++) this.render(saved[i], true);
    this.history = saved;
    if (this.embedded && !saved.length) this.welcome();
  };

  Chat.prototype.add = function (entry) {
    this.history.push(entry);
    var store = storage();
    if (store) {
      try { store.setItem(LOG_KEY, JSON.stringify(this.history.slice(-50))); } catch (e) { /* full: keep going */ }
    }
    this.render(entry, false);
  };

  Chat.prototype.render = function (entry, restoring) {
    var message = entry.message || {};
    var item = el("div", "chat__message chat__message--" + entry.from);
    var who = el("span", "chat__who", entry.from === "user" ? this.labels.labelYou : this.labels.labelBot);
    item.appendChild(who);
    if (message.text) item.appendChild(el("p", "chat__text", message.text));
    if (message.custom) {
      var card = this.card(message.custom);
      if (card) item.appendChild(card);
    }
    if (message.buttons && message.buttons.length && !restoring) {
      item.appendChild(this.quickReplies(message.buttons));
    }
    this.log.appendChild(item);
    this.log.scrollTop = this.log.scrollHeight;
  };

  Chat.prototype.quickReplies = function (buttons) {
    var self = this;
    var group = el("div", "chat__choices");
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", this.labels.labelChoices);
    buttons.forEach(function (b) {
      var button = el("button", "utrecht-button utrecht-button--secondary-action chat__choice", b.title);
      button.type = "button";
      button.addEventListener("click", function () {
        var all = group.querySelectorAll("button");
        for (var i = 0; i < all.length; i++) all[i].disabled = true;
        self.send(b.payload || b.title, b.title);
        self.input.focus();
      });
      group.appendChild(button);
    });
    return group;
  };

  Chat.prototype.card = function (custom) {
    var labels = this.labels;
    var card, list;
    if (custom.type === "activities") {
      card = el("div", "chat__card chat__card--activities");
      list = el("ul", "chat__list");
      (custom.activities || []).forEach(function (a) {
        var li = el("li", "chat__card-item");
        var href = safeHref(a.url);
        var title = href ? link(href, a.title) : el("span", "", a.title);
        var heading = el("p", "chat__card-title");
        heading.appendChild(title);
        li.appendChild(heading);
        if (a.summary) li.appendChild(el("p", "chat__card-text", a.summary));
        list.appendChild(li);
      });
      card.appendChild(list);
      return card;
    }
    if (custom.type === "local_team" && custom.team) {
      var team = custom.team;
      card = el("div", "chat__card chat__card--team");
      card.appendChild(el("p", "chat__card-title", team.name));
      if (team.phone) {
        var call = el("p", "chat__card-text");
        call.appendChild(link(telHref(team.phone), labels.labelCall + " " + team.phone));
        card.appendChild(call);
      }
      if (team.email) {
        var mail = el("p", "chat__card-text");
        mail.appendChild(link("mailto:" + team.email, team.email));
        card.appendChild(mail);
      }
      if (team.walk_in_hours) card.appendChild(el("p", "chat__card-text", labels.labelWalkIn + ": " + team.walk_in_hours));
      var more = safeHref(team.url);
      if (more) {
        var p = el("p", "chat__card-text");
        p.appendChild(link(more, labels.labelMore + ": " + team.name));
        card.appendChild(p);
      }
      return card;
    }
    if (custom.type === "crisis") {
      card = el("div", "chat__card chat__card--crisis");
      list = el("ul", "chat__list");
      (custom.lines || []).forEach(function (line) {
        var li = el("li", "chat__card-item");
        li.appendChild(el("p", "chat__card-title", line.name));
        if (line["for"]) li.appendChild(el("p", "chat__card-text", line["for"]));
        String(line.phone || "").split("/").forEach(function (phone) {
          phone = phone.trim();
          if (!phone) return;
          var p = el("p", "chat__card-text");
          p.appendChild(link(telHref(phone), labels.labelCall + " " + phone, "chat__call"));
          li.appendChild(p);
        });
        list.appendChild(li);
      });
      card.appendChild(list);
      return card;
    }
    return null;
  };

  Chat.prototype.send = function (payload, shown) {
    var self = this;
    if (this.busy) return;
    this.busy = true;
    this.add({ from: "user", message: { text: shown } });
    this.status.textContent = this.labels.labelThinking;
    this.root.classList.add("chat--busy");
    fetch(this.endpoint, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "Accept": "application/json" },
      body: JSON.stringify({ sender: senderId(), message: payload })
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        return { ok: response.ok, body: body };
      });
    }).then(function (result) {
      var messages = (result.body && result.body.messages) || [];
      if (!messages.length && !result.ok) messages = [{ text: self.labels.labelError }];
      messages.forEach(function (m) { self.add({ from: "bot", message: m }); });
    }).catch(function () {
      self.add({ from: "bot", message: { text: self.labels.labelError } });
    }).then(function () {
      self.busy = false;
      self.status.textContent = "";
      self.root.classList.remove("chat--busy");
    });
  };

  function start() {
    var roots = document.querySelectorAll("[data-chat]");
    for (var i = 0; i < roots.length; i++) new Chat(roots[i]);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
