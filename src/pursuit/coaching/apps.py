from django.apps import AppConfig


class CoachingConfig(AppConfig):
    name = "pursuit.coaching"
    label = "coaching"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Coaching"
