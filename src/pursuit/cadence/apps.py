from django.apps import AppConfig


class CadenceConfig(AppConfig):
    name = "pursuit.cadence"
    label = "cadence"
    default_auto_field = "django.db.models.BigAutoField"
