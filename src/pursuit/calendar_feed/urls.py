from django.urls import path, re_path

from pursuit.calendar_feed import views

urlpatterns = [
    # token_urlsafe characters only; anything else (or nothing) is simply not a feed: 404.
    re_path(r"^calendar/(?P<token>[A-Za-z0-9_-]{16,128})\.ics$", views.feed,
            name="calendar_feed"),
    path("settings/calendar/", views.calendar_settings, name="calendar_settings"),
    path("settings/calendar/rotate/", views.rotate, name="calendar_rotate"),
    path("settings/calendar/off/", views.turn_off, name="calendar_off"),
    path("settings/calendar/pursuit.ics", views.download, name="calendar_download"),
]
