"""The one background process (`pursuit worker`): it polls the database for everything that runs
outside a request. See `loop.Worker`."""
