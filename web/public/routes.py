"""Views of the public site: thin, they parse the request, call the catalogue and render."""
from __future__ import annotations

from flask import abort, current_app, flash, make_response, redirect, render_template, request, url_for
from flask_babel import gettext

from catalogue.errors import ValidationError

from ..extensions import limiter
from ..i18n import CODES, COOKIE, COOKIE_MAX_AGE, current_lang, translate_message
from ..lookups import get_catalogue, vocabulary
from ..presenters import activity_detail, localized_texts
from ..searching import PC4, parse_search
from . import bp
from .forms import ReportErrorForm


def locate(pc4: str):
    hood = get_catalogue().places.locate_postcode(pc4)
    return (hood.municipality.slug, hood.slug) if hood is not None else None


def base_url() -> str:
    return current_app.config["DICHTBIJ_BASE_URL"]


@bp.get("/")
def home():
    vocab = vocabulary()
    lang = current_lang()
    themes = sorted(vocab.topics(), key=lambda t: t.label(lang).casefold())
    return render_template("public/home.html", themes=themes, municipalities=vocab.municipalities)


@bp.get("/zoeken")
def search():
    vocab = vocabulary()
    lang = current_lang()
    wanted = parse_search(request.args, vocab, locate=locate, highlight=True)
    catalogue = get_catalogue()
    results = catalogue.search(wanted.query)
    activities = catalogue.activities.get_many([hit.id for hit in results.hits], full=False)
    by_id = {a.public_id: a for a in activities}
    items = []
    for hit in results.hits:
        activity = by_id.get(hit.id)
        if activity is None:  # unpublished since the index was read
            continue
        texts = localized_texts(activity, lang)
        items.append({"activity": activity, "texts": texts, "highlights": hit.highlights})
    teams = (
        catalogue.places.local_teams(wanted.municipality.slug, wanted.neighbourhood.slug if wanted.neighbourhood else None)
        if wanted.municipality else []
    )
    return render_template(
        "public/search.html", wanted=wanted, results=results, items=items, teams=teams, vocab=vocab,
        params=dict(wanted.values),
    )


@bp.get("/activiteit/<public_id>")
def activity(public_id: str):
    return _activity_page(public_id, ReportErrorForm())


@bp.post("/activiteit/<public_id>/melding")
@limiter.limit(lambda: current_app.config.get("DICHTBIJ_REPORT_LIMIT", "5 per hour;2 per minute"))
def report_error(public_id: str):
    form = ReportErrorForm()
    if form.validate_on_submit():
        try:
            get_catalogue().feedback.report_error(public_id, form.message.data, form.contact.data)
        except ValidationError as exc:
            for name, messages in exc.errors.items():
                field = getattr(form, name, form.message)
                field.errors = list(field.errors or []) + [translate_message(m) for m in messages]
        else:
            flash(gettext("Dank je wel. De redactie kijkt naar je melding."), "success")
            return redirect(url_for("public.activity", public_id=public_id, _anchor="melding"))
    return _activity_page(public_id, form, status=422)


def _activity_page(public_id: str, form: ReportErrorForm, status: int = 200):
    catalogue = get_catalogue()
    activity = catalogue.activities.get(public_id, published_only=True)
    lang = current_lang()
    vocab = vocabulary()
    detail = activity_detail(activity, lang, base_url(), url_for("public.activity", public_id=public_id), vocab)
    teams = catalogue.places.local_teams(activity.municipality.slug)
    return render_template(
        "public/activity.html", activity=activity, a=detail, texts=localized_texts(activity, lang), form=form,
        teams=teams, json_ld=schema_org(detail, activity),
    ), status


def schema_org(detail: dict, activity) -> dict:
    data: dict = {
        "@context": "https://schema.org",
        "@type": "Service",
        "@id": detail["url"],
        "url": detail["url"],
        "name": detail["title"],
        "description": detail["summary"],
        "serviceType": ", ".join(t["label"] for t in detail["theme_labels"]) or None,
        "areaServed": {"@type": "AdministrativeArea", "name": detail["municipality_name"]},
        "audience": {"@type": "PeopleAudience", "suggestedMinAge": detail["min_age"], "suggestedMaxAge": detail["max_age"]},
        "availableLanguage": detail["languages"],
        "isAccessibleForFree": detail["free"],
    }
    if detail["free"]:
        data["offers"] = {"@type": "Offer", "price": "0", "priceCurrency": "EUR"}
    if detail["provider"]:
        provider = {"@type": "Organization", "name": detail["provider"]["name"]}
        if detail["provider"]["website"]:
            provider["url"] = detail["provider"]["website"]
        data["provider"] = provider
    channel: dict = {"@type": "ServiceChannel"}
    if detail["signup"]["url"]:
        channel["serviceUrl"] = detail["signup"]["url"]
    if detail["signup"]["phone"]:
        channel["servicePhone"] = {"@type": "ContactPoint", "telephone": detail["signup"]["phone"]}
    if detail["locations"]:
        loc = detail["locations"][0]
        channel["serviceLocation"] = {
            "@type": "Place", "name": loc["name"],
            "address": {"@type": "PostalAddress", "streetAddress": loc["street"], "postalCode": loc["postcode"],
                        "addressLocality": loc["city"], "addressCountry": "NL"},
        }
    if len(channel) > 1:
        data["availableChannel"] = channel
    if activity.last_checked:
        data["dateModified"] = activity.last_checked.isoformat()
    return {k: v for k, v in data.items() if v is not None}


@bp.get("/lokaal-team")
def local_team_finder():
    vocab = vocabulary()
    catalogue = get_catalogue()
    errors: dict[str, str] = {}
    teams = []
    place = None  # (municipality, neighbourhood or None)
    postcode = (request.args.get("postcode") or "").strip()
    area = (request.args.get("area") or "").strip()
    municipality_slug = (request.args.get("municipality") or "").strip()
    neighbourhood_slug = (request.args.get("neighbourhood") or "").strip()
    if area and not municipality_slug:
        municipality_slug, _, neighbourhood_slug = area.partition("/")
    searched = bool(postcode or municipality_slug)
    if postcode:
        match = PC4.match(postcode)
        if not match:
            errors["postcode"] = gettext("Vul de vier cijfers van je postcode in, bijvoorbeeld 7207.")
        else:
            hood = catalogue.places.locate_postcode(match.group(1))
            if hood is None:
                errors["postcode"] = gettext(
                    "Postcode %(postcode)s ligt niet in een gemeente die met Dichtbij werkt. Kies hieronder je gemeente, of vraag je eigen gemeente naar het lokale team.",
                    postcode=match.group(1))
            else:
                municipality = vocab.municipality(hood.municipality.slug)
                place = (municipality, municipality.neighbourhood(hood.slug) if municipality else None)
    elif municipality_slug:
        municipality = vocab.municipality(municipality_slug)
        if municipality is None:
            errors["area"] = gettext("Kies een gemeente uit de lijst.")
        else:
            hood = municipality.neighbourhood(neighbourhood_slug) if neighbourhood_slug else None
            place = (municipality, hood)
    if place and place[0] is not None:
        teams = catalogue.places.local_teams(place[0].slug, place[1].slug if place[1] else None)
    status = 422 if errors else 200
    return render_template(
        "public/local_team.html", vocab=vocab, teams=teams, place=place, errors=errors, searched=searched,
        values={"postcode": postcode, "area": area or "/".join(filter(None, (municipality_slug, neighbourhood_slug)))},
    ), status


@bp.get("/lokaal-team/<team_id>")
def local_team(team_id: str):
    team = get_catalogue().places.local_team(team_id)
    return render_template("public/team.html", team=team)


@bp.get("/nu-hulp")
def crisis():
    return render_template("public/crisis.html")


@bp.get("/taal/<code>")
def set_language(code: str):
    if code not in CODES:
        abort(404)
    target = request.args.get("next") or url_for("public.home")
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        target = url_for("public.home")
    response = make_response(redirect(target))
    response.set_cookie(COOKIE, code, max_age=COOKIE_MAX_AGE, samesite="Lax", httponly=True,
                        secure=current_app.config.get("SESSION_COOKIE_SECURE", False))
    return response
