from django.apps import AppConfig


class CalendarFeedConfig(AppConfig):
    name = "pursuit.calendar_feed"
    label = "calendar_feed"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Calendar feed"
