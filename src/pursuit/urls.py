from django.urls import include, path

urlpatterns = [
    path("", include("pursuit.web.urls")),
    path("", include("pursuit.contacts.urls")),
    path("", include("pursuit.cards.urls")),
    path("", include("pursuit.calendar_feed.urls")),
    path("", include("pursuit.digest.urls")),
    path("", include("pursuit.networking.urls")),
    path("", include("pursuit.letters.urls")),
    path("", include("pursuit.coaching.urls")),
    path("", include("pursuit.postings.urls")),
    path("", include("pursuit.career.urls")),
    path("", include("pursuit.api.urls")),  # /api/... and /settings/api/
]
