from django.apps import AppConfig


class NetworkingConfig(AppConfig):
    name = "pursuit.networking"
    label = "networking"
    default_auto_field = "django.db.models.BigAutoField"
