from django.apps import AppConfig


class CardsConfig(AppConfig):
    name = "pursuit.cards"
    label = "cards"
    verbose_name = "Business cards"
    default_auto_field = "django.db.models.BigAutoField"
