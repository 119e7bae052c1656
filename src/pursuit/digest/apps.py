from django.apps import AppConfig


class DigestConfig(AppConfig):
    name = "pursuit.digest"
    label = "digest"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Morning digest"
