"""Is the database in a place that can corrupt a live SQLite file (cloud sync, network share)?"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from crm_desktop.domain.i18n import user_text

CLOUD_FOLDERS = {
    "dropbox": "Dropbox",
    "onedrive": "OneDrive",
    "icloud drive": "iCloud Drive",
    "icloud~": "iCloud Drive",
    "mobile documents": "iCloud Drive",
    "icloudrive": "iCloud Drive",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "cloudstorage": user_text("a cloud storage folder"),
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
    "box sync": "Box",
    "pcloud": "pCloud",
    "mega": "MEGA",
    "sync.com": "Sync.com",
}
NETWORK_FS = {
    "nfs", "nfs4", "cifs", "smb", "smbfs", "smb3", "fuse.sshfs", "sshfs", "afs", "ncpfs",
    "9p", "fuse.rclone", "fuse.gvfsd-fuse", "davfs", "fuse.davfs2", "ceph", "glusterfs", "fuse.glusterfs",
}


def cloud_service(path: Path) -> str | None:
    """The cloud-sync service whose folder holds ``path``, by folder names on the way down."""
    for part in Path(path).resolve().parts:
        lowered = part.lower()
        for key, name in CLOUD_FOLDERS.items():
            if lowered == key or lowered.startswith(key + " ") or lowered.startswith(key + "-") or (
                key.endswith("~") and lowered.startswith(key)
            ):
                return name
    return None


def _unescape(field: str) -> str:
    return field.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n").replace("\\134", "\\")


def mount_fs_type(path: Path, mounts_file: Path = Path("/proc/mounts")) -> str | None:
    """The filesystem type of the mount holding ``path`` (Linux), or None if unknown."""
    try:
        lines = mounts_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    target = str(Path(path).resolve())
    best, best_type = "", None
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point, fs_type = _unescape(fields[1]), fields[2]
        prefix = mount_point.rstrip("/") + "/"
        if (target == mount_point or target.startswith(prefix) or mount_point == "/") and len(mount_point) >= len(best):
            best, best_type = mount_point, fs_type
    return best_type


def is_network_path(path: Path) -> bool:
    if os.name == "nt":
        text = str(Path(path).resolve())
        return text.startswith("\\\\")
    if sys.platform.startswith("linux"):
        fs = mount_fs_type(path)
        return bool(fs) and (fs in NETWORK_FS or fs.startswith("nfs") or fs.startswith("smb"))
    return False


def risk(path: Path) -> str | None:
    """A plain description of why this folder is risky for a live database, or None."""
    service = cloud_service(path)
    if service:
        return user_text("in {service}", service=service)
    if is_network_path(path):
        return user_text("on a network drive")
    return None
