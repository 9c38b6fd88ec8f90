"""Regenerate python-deps.json: Companion's Python dependencies as pinned wheel `file` sources.

    .venv/bin/python packaging/flatpak/update_wheels.py            # pins = versions in this venv
    .venv/bin/python packaging/flatpak/update_wheels.py --check    # only verify the file's shape

flatpak-builder builds without network, so each wheel is listed with its URL and sha256.
This asks pip (the ordinary client, against PyPI) which wheels satisfy the pins for the
Flatpak runtime's Python on x86_64 and aarch64, without installing anything, and takes
URL and sha256 from pip's installation report. PySide6 is not listed: the BaseApp has it.

Needs PyPI to be reachable. The pins are the versions installed in the running
environment, i.e. the ones the test suite ran against.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path
from urllib.parse import urlparse

HERE = Path(__file__).resolve().parent
OUTPUT = HERE / "python-deps.json"
# The app's runtime dependencies (pyproject.toml) minus PySide6, which the BaseApp provides.
TOP_LEVEL = ("sqlcipher3", "argon2-cffi", "cryptography", "keyring", "platformdirs")
ARCHES = ("x86_64", "aarch64")
# Python of org.kde.Platform 6.10 (freedesktop-sdk 24.08).
RUNTIME_PYTHON = "3.12"
SHA256 = re.compile(r"^[0-9a-f]{64}$")


def pins() -> list[str]:
    return [f"{name}=={metadata.version(name)}" for name in TOP_LEVEL]


def platform_tags(arch: str) -> list[str]:
    tags = ["manylinux2014_" + arch]
    tags += [f"manylinux_2_{minor}_{arch}" for minor in (17, 24, 28, 31, 34, 35, 39)]
    return tags


def pypi_url(url: str, filename: str, python_tag: str) -> str:
    """A files.pythonhosted.org URL even when pip used a local mirror (PyPI's stable redirect form)."""
    if urlparse(url).scheme == "https":
        return url
    project = filename.split("-")[0]
    return f"https://files.pythonhosted.org/packages/{python_tag}/{project[0]}/{project}/{filename}"


def resolve(arch: str, python: str, requirements: list[str]) -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        cmd = [sys.executable, "-m", "pip", "install", "--quiet", "--dry-run", "--ignore-installed",
               "--only-binary=:all:", "--implementation", "cp", "--python-version", python,
               "--target", str(Path(tmp) / "target"), "--report", str(report)]
        for tag in platform_tags(arch):
            cmd += ["--platform", tag]
        subprocess.run(cmd + requirements, check=True)
        data = json.loads(report.read_text())
    sources = []
    for item in data["install"]:
        info = item["download_info"]
        filename = Path(urlparse(info["url"]).path).name
        python_tag = filename[:-len(".whl")].split("-")[-3]
        sources.append({
            "type": "file",
            "url": pypi_url(info["url"], filename, python_tag),
            "sha256": info["archive_info"]["hashes"]["sha256"],
            "filename": filename,
            "_pure": filename.endswith("-none-any.whl"),
        })
    return sources


def build_module(python: str) -> dict:
    requirements = pins()
    by_file: dict[str, dict] = {}
    arches_of: dict[str, list[str]] = {}
    for arch in ARCHES:
        for source in resolve(arch, python, requirements):
            by_file.setdefault(source["filename"], source)
            arches_of.setdefault(source["filename"], []).append(arch)
    sources = []
    for filename in sorted(by_file):
        source = dict(by_file[filename])
        if not source.pop("_pure"):
            source["only-arches"] = arches_of[filename]
        sources.append(source)
    return {
        "name": "python-deps",
        "buildsystem": "simple",
        "build-commands": [
            "pip3 install --no-index --find-links=\"file://${PWD}\" --prefix=\"${FLATPAK_DEST}\" "
            "--no-build-isolation " + " ".join(requirements)
        ],
        "sources": sources,
    }


def check(module: dict) -> list[str]:
    problems = []
    if module.get("name") != "python-deps" or not module.get("sources"):
        problems.append("not a python-deps module with sources")
    for source in module.get("sources", []):
        name = source.get("filename", "?")
        if source.get("type") != "file" or not str(source.get("url", "")).startswith("https://"):
            problems.append(f"{name}: needs type file and an https url")
        if not SHA256.match(str(source.get("sha256", ""))):
            problems.append(f"{name}: sha256 missing or a placeholder")
        if not name.endswith(".whl"):
            problems.append(f"{name}: not a wheel")
    wanted = {re.sub(r"[-_.]+", "_", n).lower() for n in TOP_LEVEL}
    present = {s.get("filename", "").split("-")[0].lower() for s in module.get("sources", [])}
    for missing in sorted(wanted - present):
        problems.append(f"no wheel for {missing}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check python-deps.json")
    parser.add_argument("--python-version", default=RUNTIME_PYTHON)
    args = parser.parse_args(argv)
    if args.check:
        problems = check(json.loads(OUTPUT.read_text()))
        print("\n".join(problems) or f"{OUTPUT.name}: ok")
        return 1 if problems else 0
    module = build_module(args.python_version)
    problems = check(module)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    OUTPUT.write_text(json.dumps(module, indent=2) + "\n")
    print(f"wrote {OUTPUT} ({len(module['sources'])} wheels)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
