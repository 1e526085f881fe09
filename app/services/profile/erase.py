"""Overwriting plain copies before they are removed, when a profile is encrypted (best effort).

A rename or an unlink frees a file's blocks without touching them: on a plain ext4 image every name of a profile was
still readable after encrypting it. Here the plain file's old content is overwritten with zeros, flushed, and only
then removed. It is not a guarantee: an SSD's wear levelling writes the zeros elsewhere, journaling and
copy-on-write file systems (ext4's data journal, btrfs, APFS) and snapshots may keep older blocks, and nothing here
reaches copies made earlier (USB backups, exports). Full-disk encryption is what covers those.

The plain file is kept under a second name (a hard link) while its encrypted replacement is put in place, so that
no moment leaves the profile without its data; an interrupted run leaves that name, which the next run erases.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

ASIDE = ".plain-to-erase"
_CHUNK = 1024 * 1024


def overwrite_and_remove(path: Path) -> None:
    """Zeros over the whole file, flushed to the disk, then the file removed."""
    try:
        size = path.stat().st_size
        with open(path, "r+b", buffering=0) as fh:
            zeros = bytes(min(size, _CHUNK))
            done = 0
            while done < size:
                done += fh.write(zeros[: min(_CHUNK, size - done)])
            os.fsync(fh.fileno())
    except OSError:
        pass  # best effort: the file is still removed
    path.unlink(missing_ok=True)


def replace_erasing(path: Path, put_new_in_place: Callable[[], None]) -> None:
    """Run ``put_new_in_place`` (which replaces ``path`` atomically), then overwrite what ``path`` held before."""
    aside = path.with_name(path.name + ASIDE)
    _settle(aside, path)
    try:
        os.link(path, aside)
    except OSError:  # a file system without hard links (FAT on a USB stick): replaced, not overwritten
        aside = None
    try:
        put_new_in_place()
    except BaseException:
        if aside is not None:
            aside.unlink(missing_ok=True)
        raise
    if aside is not None:
        overwrite_and_remove(aside)


def sweep(folder: Path) -> None:
    """Erase the plain copies an interrupted run left under the second name."""
    if not folder.is_dir():
        return
    for aside in folder.rglob(f"*{ASIDE}"):
        _settle(aside, aside.with_name(aside.name[: -len(ASIDE)]))


def _settle(aside: Path, original: Path) -> None:
    if not aside.exists():
        return
    same = False
    with contextlib.suppress(OSError):
        same = original.exists() and os.path.samefile(aside, original)
    if same:  # the run stopped before replacing: the original is still the plain file itself
        aside.unlink()
    else:
        overwrite_and_remove(aside)
