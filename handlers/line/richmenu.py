"""`python -m bot line richmenu`: register the rich menu of richmenu.json through the Messaging API.

LINE shows a rich menu only with its image (2500×843 PNG/JPEG, ≤ 1 MB, the four labels drawn on it).
The menu is created, its image uploaded and the menu made the default for every user. The image is
richmenu.png next to this file (drawn from richmenu.json by `python -m handlers.line.draw_richmenu`);
`--image FILE` uploads another one instead. Should richmenu.png be missing, the menu is validated and
created only, and LINE does not show it.
"""

from __future__ import annotations

import json
from pathlib import Path

from linebot.v3.messaging import ApiClient, Configuration, MessagingApi, MessagingApiBlob, RichMenuRequest

MENU_FILE = Path(__file__).with_name("richmenu.json")
IMAGE_FILE = Path(__file__).with_name("richmenu.png")
DEFAULT_API = "https://api.line.me"
TIMEOUT = 20.0


def blob_host(api_base_url: str) -> str:
    """Images go to LINE's data host; a test or local API root serves both."""
    base = api_base_url.rstrip("/")
    return "https://api-data.line.me" if base == DEFAULT_API else base


def register(access_token: str, api_base_url: str, image: Path | None = None,
             menu_file: Path = MENU_FILE, default_image: Path = IMAGE_FILE) -> tuple[str, bool]:
    """Create the menu, upload its image (`image`, else `default_image`) and make it the default.

    Without an image (none given and `default_image` missing) the menu is created only.
    Returns the rich menu id and whether it is now the default menu.
    """
    if image is None and default_image.is_file():
        image = default_image
    menu = RichMenuRequest.from_dict(json.loads(menu_file.read_text(encoding="utf-8")))
    with ApiClient(Configuration(access_token=access_token, host=api_base_url.rstrip("/"))) as client:
        api = MessagingApi(client)
        api.validate_rich_menu_object(menu, _request_timeout=TIMEOUT)
        menu_id = api.create_rich_menu(menu, _request_timeout=TIMEOUT).rich_menu_id
        if image is None:
            return menu_id, False
        content_type = "image/png" if image.suffix.lower() == ".png" else "image/jpeg"
        with ApiClient(Configuration(access_token=access_token, host=blob_host(api_base_url))) as blob_client:
            MessagingApiBlob(blob_client).set_rich_menu_image(
                menu_id, body=image.read_bytes(), _headers={"Content-Type": content_type},
                _request_timeout=TIMEOUT)
        api.set_default_rich_menu(menu_id, _request_timeout=TIMEOUT)
        return menu_id, True
