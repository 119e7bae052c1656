from django.urls import path

from pursuit.contacts import views_import, views_scan

urlpatterns = [
    path("contacts/import/", views_import.import_page, name="contact_import"),
    path("contacts/import/<str:token>/start/", views_import.import_start,
         name="contact_import_start"),
    path("contacts/import/<str:token>/", views_import.import_status,
         name="contact_import_status"),
    path("contacts/merge/", views_import.merge_index, name="contact_merge_index"),
    path("contacts/merge/<int:keep_id>/<int:other_id>/", views_import.merge_pair,
         name="contact_merge"),
    # The card scanner (business cards from a phone's camera or files).
    path("contacts/scan/", views_scan.scan_upload, name="card_scan"),
    path("contacts/scan/<int:scan_id>/", views_scan.scan_review, name="card_scan_review"),
    path("contacts/scan/<int:scan_id>/discard/", views_scan.scan_discard,
         name="card_scan_discard"),
    path("contacts/scan/<int:scan_id>/image", views_scan.scan_image, name="card_scan_image"),
]
