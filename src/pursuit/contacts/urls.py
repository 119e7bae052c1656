from django.urls import path

from pursuit.contacts import views_import

urlpatterns = [
    path("contacts/import/", views_import.import_page, name="contact_import"),
    path("contacts/import/<str:token>/start/", views_import.import_start,
         name="contact_import_start"),
    path("contacts/import/<str:token>/", views_import.import_status,
         name="contact_import_status"),
    path("contacts/merge/", views_import.merge_index, name="contact_merge_index"),
    path("contacts/merge/<int:keep_id>/<int:other_id>/", views_import.merge_pair,
         name="contact_merge"),
]
