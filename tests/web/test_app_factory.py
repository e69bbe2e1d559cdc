"""The app factory, configuration and security headers."""
from __future__ import annotations

import pytest

from catalogue.config import Settings
from web import create_app
from web.config import ConfigurationError, flask_config


def settings_for(environment: str, secret: str | None, tmp_path, **env) -> Settings:
    values = {"DICHTBIJ_ENV": environment, "DICHTBIJ_INSTANCE_DIR": str(tmp_path)}
    if secret is not None:
        values["DICHTBIJ_SECRET_KEY"] = secret
    values.update(env)
    return Settings.from_env(values)


@pytest.mark.parametrize("secret", [None, "", "dev", "short"])
def test_production_refuses_to_start_without_a_real_secret(tmp_path, secret):
    with pytest.raises(ConfigurationError, match="DICHTBIJ_SECRET_KEY"):
        flask_config(settings_for("production", secret, tmp_path), env={})


def test_production_accepts_a_long_random_secret(tmp_path):
    config = flask_config(settings_for("production", "x" * 40, tmp_path), env={})
    assert config["SECRET_KEY"] == "x" * 40
    assert config["SESSION_COOKIE_SECURE"] is True


def test_development_gets_a_development_only_secret(tmp_path):
    config = flask_config(settings_for("development", None, tmp_path), env={})
    assert config["SECRET_KEY"]
    assert config["SESSION_COOKIE_SECURE"] is False


def test_rate_limit_storage_is_memory_by_default_and_redis_when_configured(tmp_path):
    assert flask_config(settings_for("testing", None, tmp_path), env={})["RATELIMIT_STORAGE_URI"] == "memory://"
    redis = settings_for("testing", None, tmp_path, DICHTBIJ_REDIS_URL="redis://127.0.0.1:6379/0")
    assert flask_config(redis, env={})["RATELIMIT_STORAGE_URI"] == "redis://127.0.0.1:6379/0"
    with pytest.raises(ConfigurationError):
        flask_config(settings_for("testing", None, tmp_path, DICHTBIJ_REDIS_URL="http://nope"), env={})


def test_create_app_builds_the_index_when_it_is_missing(write_catalogue):
    import shutil

    catalogue = write_catalogue
    catalogue.index.close()
    shutil.rmtree(catalogue.settings.index_dir)
    assert catalogue.index_needs_rebuild() is not None
    app = create_app(catalogue=catalogue)
    assert catalogue.index_needs_rebuild() is None
    assert app.extensions["catalogue"] is catalogue
    assert {"public", "api", "hsds", "chat"} <= set(app.blueprints)


def test_every_page_has_security_headers(client):
    response = client.get("/")
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "'unsafe-inline'" not in csp
    assert "style-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"


def test_only_the_chat_embed_may_be_framed_by_the_configured_origins(demo_catalogue):
    app = create_app(catalogue=demo_catalogue, config={"DICHTBIJ_CHAT_FRAME_ANCESTORS": "'self' https://www.zutphen.nl"})
    client = app.test_client()
    embed = client.get("/chat/embed")
    assert embed.status_code == 200
    assert "frame-ancestors 'self' https://www.zutphen.nl" in embed.headers["Content-Security-Policy"]
    assert "X-Frame-Options" not in embed.headers
    other = client.get("/nu-hulp")
    assert "frame-ancestors 'none'" in other.headers["Content-Security-Policy"]


def test_no_inline_scripts_or_styles_in_pages(client):
    import re

    for url in ("/", "/zoeken?q=puberteit", "/activiteit/act-zutphen-puberteitstraining", "/lokaal-team", "/nu-hulp",
                "/chat/embed", "/bestaat-niet"):
        html = client.get(url).get_data(as_text=True)
        scripts = re.findall(r"<script\b([^>]*)>(.*?)</script>", html, flags=re.S)
        for attributes, body in scripts:
            assert "src=" in attributes or 'type="application/ld+json"' in attributes, (url, attributes)
        assert " style=" not in html and "<style" not in html, url
        assert re.search(r"\son[a-z]+=", html) is None, url


def test_wsgi_module_exposes_an_app(monkeypatch, tmp_path):
    import importlib
    import sys

    monkeypatch.setenv("DICHTBIJ_ENV", "testing")
    monkeypatch.setenv("DICHTBIJ_INSTANCE_DIR", str(tmp_path))
    monkeypatch.setenv("DICHTBIJ_DATABASE_URL", f"sqlite:///{tmp_path / 'w.db'}")
    sys.modules.pop("web.wsgi", None)
    from catalogue.core import Catalogue

    Catalogue.from_env().upgrade_database()
    module = importlib.import_module("web.wsgi")
    try:
        assert module.app.name == "web"
        assert module.app.test_client().get("/nu-hulp").status_code == 200
    finally:
        module.app.extensions["catalogue"].close()
        sys.modules.pop("web.wsgi", None)
