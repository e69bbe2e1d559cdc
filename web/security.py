"""Security headers for every answer.

The Content-Security-Policy allows no inline script or style: every script and stylesheet is a
file under /static. Only ``/chat/embed`` may be framed, and only by the origins configured in
``DICHTBIJ_CHAT_FRAME_ANCESTORS``.
"""
from __future__ import annotations

from flask import Flask, request
from werkzeug.middleware.proxy_fix import ProxyFix

BASE_POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "font-src": "'self' data:",
    "connect-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'none'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}

EMBEDDABLE_ENDPOINTS = {"chat.embed"}


def content_security_policy(frame_ancestors: str | None = None) -> str:
    policy = dict(BASE_POLICY)
    if frame_ancestors:
        policy["frame-ancestors"] = frame_ancestors
    return "; ".join(f"{name} {value}" for name, value in policy.items())


def init_app(app: Flask) -> None:
    proxies = app.config.get("DICHTBIJ_TRUSTED_PROXIES", 0)
    if proxies:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=proxies, x_proto=proxies, x_host=proxies)  # type: ignore[method-assign]

    default_policy = content_security_policy()
    embed_policy = content_security_policy(app.config["DICHTBIJ_CHAT_FRAME_ANCESTORS"])
    production = app.config.get("DICHTBIJ_ENV") == "production"

    @app.after_request
    def set_security_headers(response):
        embeddable = request.endpoint in EMBEDDABLE_ENDPOINTS
        response.headers.setdefault("Content-Security-Policy", embed_policy if embeddable else default_policy)
        if not embeddable:
            response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
        response.headers.setdefault("Permissions-Policy", "geolocation=(), camera=(), microphone=()")
        response.headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        if production:
            response.headers.setdefault("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
        return response
