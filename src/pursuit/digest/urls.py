from django.urls import path

from pursuit.digest import views

urlpatterns = [
    path("settings/digest/", views.digest_settings, name="digest_settings"),
]
