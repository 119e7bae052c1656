from django.urls import path

from pursuit.outbox import views

urlpatterns = [
    path("outbox/", views.outbox, name="outbox"),
    path("outbox/<int:message_id>/", views.message_detail, name="outbox_message"),
    path("outbox/<int:message_id>/message.eml", views.message_eml, name="outbox_message_eml"),
    path("outbox/<int:message_id>/cancel/", views.message_cancel, name="outbox_message_cancel"),
    path("outbox/<int:message_id>/resolve/", views.message_resolve,
         name="outbox_message_resolve"),
    path("settings/mail/", views.mail_settings, name="mail_settings"),
    path("settings/mail/check/", views.mail_check, name="mail_check"),
    path("settings/mail/check/<int:check_id>/", views.mail_check_status, name="mail_check_status"),
    path("settings/mail/delete/", views.mail_account_delete, name="mail_account_delete"),
]
