from django.urls import path

from pursuit.letters import template_views, views

urlpatterns = [
    path("letters/", views.letter_index, name="letters"),
    path("letters/touch/<int:touch_id>/", views.letter_for_touch, name="letter_for_touch"),
    path("letters/<int:letter_id>/", views.letter_editor, name="letter"),
    path("letters/<int:letter_id>/proofread/", views.letter_proofread, name="letter_proofread"),
    path("letters/<int:letter_id>/apply/", views.letter_apply, name="letter_apply"),
    path("letters/<int:letter_id>/dismiss/", views.letter_dismiss, name="letter_dismiss"),
    path("letters/<int:letter_id>/approve/", views.letter_approve, name="letter_approve"),
    path("letters/<int:letter_id>/reopen/", views.letter_reopen, name="letter_reopen"),
    path("letters/<int:letter_id>/redraft/", views.letter_redraft, name="letter_redraft"),
    path("letters/<int:letter_id>/mailed/", views.letter_mailed, name="letter_mailed"),
    path("letters/<int:letter_id>/letter.pdf", views.letter_pdf, name="letter_pdf"),
    path("letters/application/<int:application_id>/letter.pdf", views.application_letter_pdf,
         name="application_letter_pdf"),
    path("letters/templates/", template_views.template_index, name="letter_templates"),
    path("letters/templates/<str:kind>/", template_views.template_edit, name="letter_template"),
    path("letters/templates/<str:kind>/preview/", template_views.template_preview,
         name="letter_template_preview"),
    path("letters/templates/<str:kind>/reset/", template_views.template_reset,
         name="letter_template_reset"),
]
