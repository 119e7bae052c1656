from django.urls import path

from pursuit.networking import views

urlpatterns = [
    path("network/", views.network, name="network"),
    path("network/log/", views.interaction_new, name="network_log"),
    path("network/session/", views.session_new, name="network_session"),
    path("network/goal/", views.goal_update, name="network_goal"),
    path("network/goal/period/", views.goal_period_update, name="network_goal_period"),
    path("network/contacts/<int:contact_id>/rhythm/", views.rhythm_update,
         name="network_rhythm"),
    path("network/events/", views.event_index, name="network_events"),
    path("network/events/<int:event_id>/", views.event_page, name="network_event"),
    path("network/events/<int:event_id>/people/", views.event_person_add,
         name="network_event_person_add"),
    path("network/events/<int:event_id>/people/<int:contact_id>/remove/",
         views.event_person_remove, name="network_event_person_remove"),
    path("network/events/<int:event_id>/delete/", views.event_remove,
         name="network_event_delete"),
    path("network/references/", views.reference_index, name="network_references"),
    path("network/references/<int:reference_id>/", views.reference_edit,
         name="network_reference_edit"),
    path("network/references/<int:reference_id>/remove/", views.reference_remove,
         name="network_reference_remove"),
    path("network/references/alerted/<int:link_id>/", views.reference_alerted,
         name="network_reference_alerted"),
    path("network/charts/", views.charts, name="network_charts"),
    path("network/applications/<int:application_id>/keep-in-touch/",
         views.keep_in_touch_offer, name="network_keep_in_touch_offer"),
]
