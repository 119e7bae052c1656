from django.urls import path

from pursuit.career import views

urlpatterns = [
    path("career/", views.career, name="career"),
    path("career/accept/<int:application_id>/", views.accept, name="career_accept"),
    path("career/withdraw/<int:application_id>/", views.withdraw, name="career_withdraw"),
    path("career/keep/<int:application_id>/", views.keep, name="career_keep"),
    path("career/thanks/", views.thanks, name="career_thanks"),
    path("career/announce/", views.announce, name="career_announce"),
    path("career/rhythm/", views.rhythm, name="career_rhythm"),
    path("career/restart/", views.restart, name="career_restart"),
]
