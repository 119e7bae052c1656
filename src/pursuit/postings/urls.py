from django.urls import path

from pursuit.postings import views

urlpatterns = [
    path("postings/new/", views.posting_new, name="posting_new"),
    path("postings/read/<int:job_id>/", views.posting_job, name="posting_job"),
    path("postings/read/<int:job_id>/save/", views.posting_save, name="posting_save"),
    path("manifest.webmanifest", views.web_manifest, name="web_manifest"),
]
