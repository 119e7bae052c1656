from django.contrib.auth import views as auth_views
from django.urls import path

from pursuit.web.views import (
    account,
    applications,
    board,
    contacts,
    invitations,
    rounds,
    today,
    touches,
)

_auth = "web/auth/"

urlpatterns = [
    path("", today.today, name="today"),
    path("touches/<int:touch_id>/", touches.touch_detail, name="touch"),
    path("calls/<int:call_id>/script/", touches.call_script,
         name="call_script"),
    path("touches/<int:touch_id>/done/", today.touch_done, name="touch_done"),
    path("touches/<int:touch_id>/skip/", today.touch_skip_view, name="touch_skip"),
    path("touches/<int:touch_id>/snooze/", today.touch_snooze_view, name="touch_snooze"),
    path("board/", board.board, name="board"),
    path("applications/", applications.application_index, name="applications"),
    path("applications/new/", applications.application_new, name="application_new"),
    path("applications/<int:application_id>/", applications.application_page,
         name="application"),
    path("applications/<int:application_id>/edit/", applications.application_edit,
         name="application_edit"),
    path("applications/<int:application_id>/delete/", applications.application_remove,
         name="application_delete"),
    path("applications/<int:application_id>/move/", board.move, name="application_move"),
    path("applications/<int:application_id>/events/", applications.event_add, name="event_add"),
    path("applications/<int:application_id>/references/", applications.reference_new,
         name="reference_add"),
    path("applications/<int:application_id>/rounds/new/", rounds.round_new, name="round_new"),
    path("rounds/<int:round_id>/status/", rounds.round_status, name="round_status"),
    path("rounds/<int:round_id>/debrief/", rounds.debrief, name="debrief"),
    path("contacts/", contacts.contact_index, name="contacts"),
    path("contacts/new/", contacts.contact_new, name="contact_new"),
    path("contacts/<int:contact_id>/", contacts.contact_page, name="contact"),
    path("contacts/<int:contact_id>/edit/", contacts.contact_edit, name="contact_edit"),
    path("contacts/<int:contact_id>/pause/", contacts.contact_pause_view, name="contact_pause"),
    path("contacts/<int:contact_id>/delete/", contacts.contact_remove, name="contact_delete"),
    path("settings/", account.settings_page, name="settings"),
    path("profile/", account.profile, name="profile"),
    path("profile/strengths/", account.strength_new, name="strength_add"),
    path("profile/strengths/<int:strength_id>/delete/", account.strength_remove,
         name="strength_delete"),
    path("demo/", account.demo, name="demo"),
    path("account/export/", account.export, name="export"),
    path("account/delete/", account.delete_account, name="delete_account"),
    path("welcome/", account.first_run, name="first_run"),
    path("settings/accounts/", invitations.accounts, name="account_settings"),
    path("settings/accounts/invitations/<int:invitation_id>/withdraw/",
         invitations.invitation_withdraw, name="account_invitation_withdraw"),
    path("join/<str:token>/", invitations.join, name="account_join"),
    path("signup/", invitations.signup, name="signup"),
    path("healthz", account.healthz, name="healthz"),
    path("favicon.ico", account.favicon, name="favicon"),
    # Sign-in, sign-out, password change and reset: Django's views with our templates.
    path("login/", account.SignIn.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("password/", auth_views.PasswordChangeView.as_view(
        template_name=_auth + "password_change.html"), name="password_change"),
    path("password/done/", auth_views.PasswordChangeDoneView.as_view(
        template_name=_auth + "password_change_done.html"), name="password_change_done"),
    path("password/reset/", auth_views.PasswordResetView.as_view(
        template_name=_auth + "password_reset.html",
        email_template_name=_auth + "password_reset_email.txt",
        subject_template_name=_auth + "password_reset_subject.txt"), name="password_reset"),
    path("password/reset/sent/", auth_views.PasswordResetDoneView.as_view(
        template_name=_auth + "password_reset_done.html"), name="password_reset_done"),
    path("password/reset/<uidb64>/<token>/", auth_views.PasswordResetConfirmView.as_view(
        template_name=_auth + "password_reset_confirm.html"), name="password_reset_confirm"),
    path("password/reset/complete/", auth_views.PasswordResetCompleteView.as_view(
        template_name=_auth + "password_reset_complete.html"), name="password_reset_complete"),
]
