"""sayso in the browser: the web app and the REST API (``sayso serve``).

An edge, like the CLI: it parses requests, calls the library (ingest, analysis, report,
corpus) and renders; nothing in sayso imports it except the CLI's ``serve`` command.
The modules: ``settings`` (limits and options), ``worker`` (analysis in worker
processes with a hard time limit), ``guard`` (token, CSRF, rate limit, body limits,
security headers), ``problems`` (RFC 9457 errors), ``api`` and ``pages`` (the routes),
``results`` (permanent links to analyses), ``app`` (the assembly), ``command`` (the CLI).
"""
