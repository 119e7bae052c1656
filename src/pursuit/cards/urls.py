from django.urls import path

from pursuit.cards import views

urlpatterns = [
    # The card scanner (business cards from a phone's camera or files).
    path("contacts/scan/", views.scan_upload, name="card_scan"),
    path("contacts/scan/batch/<int:job_id>/", views.scan_job, name="card_scan_job"),
    path("contacts/scan/<int:scan_id>/", views.scan_review, name="card_scan_review"),
    path("contacts/scan/<int:scan_id>/discard/", views.scan_discard, name="card_scan_discard"),
    path("contacts/scan/<int:scan_id>/image", views.scan_image, name="card_scan_image"),
]
