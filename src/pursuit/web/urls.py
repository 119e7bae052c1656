from django.contrib.auth import views as auth_views
from django.urls import path

from pursuit.web import views

urlpatterns = [
    path("", views.today, name="today"),
    path("welcome/", views.first_run, name="first_run"),
    path("login/", auth_views.LoginView.as_view(template_name="web/login.html"), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("healthz", views.healthz, name="healthz"),
]
