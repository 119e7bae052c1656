"""Function-based views, one module per page: validate with a form, call one service or
selector, render. htmx requests get the partial that changed."""
