from django.urls import path

from pursuit.coaching import views

urlpatterns = [
    # The candidate's side: their coaches, under the settings.
    path("settings/coaches/", views.coaches, name="coach_settings"),
    path("settings/coaches/<int:coach_link_id>/revoke/", views.revoke, name="coach_revoke"),
    path("settings/coaches/<int:coach_link_id>/share-letters/", views.share_letters,
         name="coach_share_letters"),
    # The coach's side: the invitation, the dashboard, one candidate (read-only).
    path("coach/", views.dashboard, name="coach_dashboard"),
    path("coach/invitation/<str:invitation_token>/", views.invitation, name="coach_invitation"),
    path("coach/candidates/<int:coach_link_id>/", views.candidate, name="coach_candidate"),
    path("coach/candidates/<int:coach_link_id>/letters/", views.candidate_letters,
         name="coach_candidate_letters"),
]
