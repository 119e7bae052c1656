from django.urls import include, path

urlpatterns = [
    path("", include("pursuit.web.urls")),
    path("", include("pursuit.outbox.urls")),
]
