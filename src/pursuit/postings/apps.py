from django.apps import AppConfig


class PostingsConfig(AppConfig):
    name = "pursuit.postings"
    label = "postings"
    verbose_name = "Job postings"
    default_auto_field = "django.db.models.BigAutoField"
