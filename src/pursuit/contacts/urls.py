from django.urls import path

from pursuit.contacts import views

urlpatterns = [
    path("contacts/merge/", views.merge_index, name="contact_merge_index"),
    path("contacts/merge/<int:keep_id>/<int:other_id>/", views.merge_pair,
         name="contact_merge"),
]
