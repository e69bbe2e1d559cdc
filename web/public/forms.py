"""Forms of the public site. Labels use lazy_gettext so they show in the visitor's language."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional


class ReportErrorForm(FlaskForm):
    message = TextAreaField(
        _l("Wat klopt er niet?"),
        description=_l("Bijvoorbeeld: de tijd is veranderd, of het telefoonnummer werkt niet."),
        validators=[
            DataRequired(message=_l("Schrijf kort wat er niet klopt.")),
            Length(min=5, max=2000, message=_l("Schrijf tussen de 5 en 2000 tekens.")),
        ],
    )
    contact = StringField(
        _l("Je e-mailadres of telefoonnummer (niet verplicht)"),
        description=_l("Alleen als de redactie je iets mag vragen. We gebruiken het voor niets anders."),
        validators=[Optional(), Length(max=200, message=_l("Gebruik maximaal 200 tekens."))],
    )
