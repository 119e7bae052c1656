from django.apps import AppConfig


class CareerConfig(AppConfig):
    name = "pursuit.career"
    label = "career"
    verbose_name = "Career mode"
    default_auto_field = "django.db.models.BigAutoField"
