"""The dashboard app: HTML pages, their JSON API (documented at ``/openapi.json``) and static assets.

Pages are thin HTML shells; each page's script (``static/<page>.js``) fetches its ``/api/...`` endpoint and
builds the DOM with ``textContent`` only, so article text, however hostile, is never parsed as HTML. A
Content-Security-Policy that allows only our own scripts guards the same door twice. Nothing is fetched
from outside: scripts, styles and the world map all ship in this package.
"""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import StoreError
from . import actors, article, dyad, overview, search
from . import map as map_page
from .common import BadRequest, Database, NotFound, Unavailable

__all__ = ["create_app"]

log = logging.getLogger("eventwire.web")
HERE = Path(str(resources.files("eventwire.web")))

PAGES = {  # path -> (template, title)
    "/": ("overview.html", "Overview"),
    "/dyad": ("dyad.html", "Dyad"),
    "/actors": ("actors.html", "Actors"),
    "/map": ("map.html", "Map"),
    "/article": ("article.html", "Article"),
    "/search": ("search.html", "Search"),
    "/api": ("api.html", "API"),
}

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


def create_app(db_path: str | Path) -> FastAPI:
    """The dashboard over the DuckDB store at ``db_path``, opened read-only for each request."""
    path = Path(db_path)
    if str(db_path) != ":memory:" and not path.is_file():
        raise StoreError(f"{db_path}: no such database; create it with `eventwire run INPUT --db {db_path}`")
    app = FastAPI(title="eventwire dashboard API", version=__version__,
                  description="JSON behind the eventwire dashboard's pages: political events (CAMEO) coded from "
                              "news, with the sentence that says so. Read-only. Errors come as "
                              '`{"error": "..."}` with status 400 (bad parameter), 404 (no such article) or 503 '
                              "(the database is being written by an `eventwire run`).",
                  docs_url=None, redoc_url=None, openapi_url="/openapi.json")  # Swagger UI would load a CDN
    app.state.db = Database(path)
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=select_autoescape(default=True))

    @app.exception_handler(BadRequest)
    async def bad_request(request: Request, exc: BadRequest) -> JSONResponse:
        return _error(400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        parts = ["{}: {}".format(".".join(str(x) for x in e.get("loc", ())[1:]) or "request", e.get("msg"))
                 for e in exc.errors()]
        return _error(400, "; ".join(parts) or "bad request")

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> JSONResponse:
        return _error(404, str(exc))

    @app.exception_handler(Unavailable)
    async def unavailable(request: Request, exc: Unavailable) -> JSONResponse:
        return JSONResponse({"error": str(exc)}, status_code=503, headers={"Retry-After": "5"})

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 404:
            return _error(404, f"{request.url.path}: no such page or endpoint; the API is listed at /api")
        return _error(exc.status_code, str(exc.detail))

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> JSONResponse:
        log.exception("error answering %s", request.url.path)
        return _error(500, f"internal error ({type(exc).__name__}); please report it with the URL")

    @app.middleware("http")
    async def security_headers(request: Request, call_next):  # type: ignore[no-untyped-def]
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        if request.url.path.startswith("/api/"):
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    for module in (overview, dyad, actors, map_page, article, search):
        app.include_router(module.router)

    def page(template: str, title: str):  # type: ignore[no-untyped-def]
        html = env.get_template(template).render(title=title, version=__version__, db_name=path.name)

        async def render() -> HTMLResponse:
            return HTMLResponse(html)
        return render

    for route, (template, title) in PAGES.items():
        app.add_api_route(route, page(template, title), methods=["GET"], include_in_schema=False,
                          response_class=HTMLResponse)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    return app
