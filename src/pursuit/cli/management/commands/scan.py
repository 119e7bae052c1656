"""`pursuit scan IMAGE [--region US] [--json]`: read a business card (contracts.md)."""

from __future__ import annotations

from argparse import ArgumentParser
from typing import Any

import phonenumbers

from pursuit.cards.services import contact_from_card
from pursuit.cli.base import PursuitCommand, ensure_database
from pursuit.core.cards import CardFields
from pursuit.core.errors import BadInput
from pursuit.scanning import scan_card


class Command(PursuitCommand):
    help = "Read a business-card photo or scan (PNG, JPEG or WebP) and print its fields."
    # Scanning stores nothing, so it needs no data directory and no migration.
    uses_database = False

    def add_arguments(self, parser: ArgumentParser) -> None:
        super().add_arguments(parser)
        parser.add_argument("image", help="the card image: PNG, JPEG or WebP")
        parser.add_argument(
            "--region", default="US",
            help="country (ISO code) that phone numbers without +country code are read in",
        )
        # --- --save (the card scanner's pages share this) -----------------------------------
        parser.add_argument("--save", action="store_true",
                            help="store the card as a contact of the account")
        parser.add_argument("--user", metavar="EMAIL",
                            help="the account to save to (default: the only account)")

    def handle(self, *args: Any, **options: Any) -> None:
        region = options["region"].upper()
        if region not in phonenumbers.SUPPORTED_REGIONS:
            raise BadInput(f"unknown country code {options['region']!r} (e.g. US, GB, DE)",
                           where="--region")
        fields = scan_card(options["image"], region)
        if options["save"]:
            self._save(fields, options)
            return
        if options["json"]:
            self.print_json(fields.to_json())
        else:
            self.stdout.write(summary(fields))

    # --- --save --------------------------------------------------------------------------------
    def _save(self, fields: CardFields, options: dict[str, Any]) -> None:
        """Store the card as the upload page's "Save contact" does (`contact_from_card`).

        The database is opened (created and migrated if need be) only here: a plain scan keeps
        needing no data directory."""
        ensure_database()
        user = self.user_for(options["user"])
        contact = contact_from_card(owner=user, fields=fields.to_json())
        if options["json"]:
            self.print_json({**fields.to_json(), "contact_id": contact.pk})
        else:
            self.stdout.write(summary(fields))
            self.stdout.write(f"Saved as contact {contact.full_name} (#{contact.pk}).")


def summary(fields: CardFields) -> str:
    """The fields a person reads first, one per line; empty ones left out."""
    name = " ".join(part for part in (fields.prefix, fields.full_name) if part)
    if fields.credentials:
        name = f"{name}, {fields.credentials}" if name else fields.credentials
    address = ", ".join(part for part in (
        fields.street, fields.city,
        " ".join(part for part in (fields.region, fields.postal_code) if part),
        fields.country) if part)
    rows = [
        ("Name", name), ("Title", fields.title), ("Company", fields.company),
        *(("E-mail", email) for email in fields.emails),
        *((f"Phone ({phone.type})", phone.e164 and (
            phone.e164 + (f" ext. {phone.ext}" if phone.ext else ""))
           or f"{phone.as_printed} (not a valid number)") for phone in fields.phones),
        ("Website", fields.website), ("LinkedIn", fields.linkedin),
        ("Twitter", fields.twitter), ("Address", address),
    ]
    lines = [f"{label + ':':<16}{value}" for label, value in rows if value]
    if not lines:
        lines = ["No contact details recognised. Text read from the card:"]
        lines += [f"  {line}" for line in fields.lines]
    return "\n".join(lines)
