#!/usr/bin/env bash
# Builds the Debian package from an already built tree, unpacks it into a staging root with
# dpkg -x and checks what a person installing it would meet: the programs run from there, the
# desktop file, the AppStream metainfo and the man pages are valid, the icons have their sizes,
# and the desktop recognises a workspace and a submission pack by the MIME types installed.
# Usage: package-test.sh BUILD_DIR WORK_DIR VERSION
set -euo pipefail

build=$1
work=$2
version=$3

failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}
check_equal() { # what expected actual
  if [ "$2" != "$3" ]; then fail "$1: expected '$2', got '$3'"; fi
}

rm -rf "$work"
mkdir -p "$work"
export HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

echo "== cpack"
cpack --config "$build/CPackConfig.cmake" -B "$work/package" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log" >&2; exit 1; }
deb=$(find "$work/package" -maxdepth 1 -name '*.deb')
check_equal "package file" "$work/package/seqohs-tracker_${version}_$(dpkg --print-architecture).deb" "$deb"
[ -f "$deb" ] || exit 1
echo "package: $(basename "$deb"), $(stat -c %s "$deb") bytes"

echo "== control fields"
check_equal "Package" "seqohs-tracker" "$(dpkg-deb -f "$deb" Package)"
check_equal "Version" "$version" "$(dpkg-deb -f "$deb" Version)"
check_equal "Section" "misc" "$(dpkg-deb -f "$deb" Section)"
[ -n "$(dpkg-deb -f "$deb" Maintainer)" ] || fail "no Maintainer"
depends=$(dpkg-deb -f "$deb" Depends)
# Found by dpkg-shlibdeps from the programs, and the plugins named by hand.
for lib in libqt6core6 libqt6widgets6 libqt6charts6 libsqlite3-0 libsodium23 libzip4 \
  libqt6sql6-sqlite libqt6svg6; do
  grep -qE "(^|, )$lib( |,|$)" <<<"$depends" || fail "Depends lacks $lib: $depends"
done

echo "== unpack"
root="$work/root"
dpkg -x "$deb" "$root"
for f in usr/bin/seqohs-tracker usr/bin/seqohs-tracker-cli \
  usr/share/applications/seqohs-tracker.desktop \
  usr/share/metainfo/io.github.seqohs_tracker.SeqohsTracker.metainfo.xml \
  usr/share/mime/packages/seqohs-tracker.xml \
  usr/share/man/man1/seqohs-tracker.1.gz usr/share/man/man1/seqohs-tracker-cli.1.gz \
  usr/share/icons/hicolor/scalable/apps/seqohs-tracker.svg \
  usr/share/icons/hicolor/scalable/mimetypes/application-x-seqohs-workspace.svg \
  usr/share/icons/hicolor/scalable/mimetypes/application-x-seqohs-pack.svg; do
  [ -f "$root/$f" ] || fail "not installed: /$f"
done

echo "== icons"
png_size() { # width x height from the PNG header
  local w h
  w=$(od -An -tu1 -j16 -N4 "$1" | awk '{print $1*16777216+$2*65536+$3*256+$4}')
  h=$(od -An -tu1 -j20 -N4 "$1" | awk '{print $1*16777216+$2*65536+$3*256+$4}')
  echo "${w}x${h}"
}
for size in 16 22 24 32 48 64 128 256 512; do
  for icon in apps/seqohs-tracker mimetypes/application-x-seqohs-workspace \
    mimetypes/application-x-seqohs-pack; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/$icon.png"
    if [ -f "$png" ]; then
      check_equal "size of $icon.png" "${size}x${size}" "$(png_size "$png")"
    else
      fail "no ${size}x${size} $icon.png"
    fi
  done
done

echo "== installed command line"
cli="$root/usr/bin/seqohs-tracker-cli"
check_equal "cli --version" "seqohs-tracker-cli $version" "$("$cli" --version)"
app_version=$("$root/usr/bin/seqohs-tracker" --version)
check_equal "app --version" "seqohs-tracker $version" "$app_version"
ws="$work/Staged OH.seqohs"
"$cli" init "$ws" --name "Staged OH" --nhs >"$work/init.log" || fail "init: $(cat "$work/init.log")"
score=$("$cli" score -w "$ws") || fail "score failed"
grep -qE '^Overall +0% +0% +0/47 +0/3$' <<<"$score" || fail "unexpected score output: $score"
# The translations are compiled in: the pseudo-locale wraps the CLI's messages.
pseudo=$(SEQOHS_LANGUAGE=en_XA "$cli" no-such-command 2>&1 || true)
grep -q $'\u27e6seqohs-tracker-cli: unknown command' <<<"$pseudo" ||
  fail "the pseudo-locale is not applied: $pseudo"
# A real pack, so the MIME check below sees the file the application writes.
"$cli" pack keygen --out "$work/signing.key" >/dev/null || fail "pack keygen"
"$cli" pack create -w "$ws" --out "$work/Staged OH-submission.zip" --key "$work/signing.key" \
  --no-report >/dev/null || fail "pack create"

echo "== desktop file, metainfo, man pages"
desktop-file-validate "$root/usr/share/applications/seqohs-tracker.desktop" ||
  fail "desktop-file-validate"
grep -qx 'MimeType=application/x-seqohs-workspace;application/x-seqohs-pack;' \
  "$root/usr/share/applications/seqohs-tracker.desktop" || fail "MimeType line"
appstreamcli validate --no-net \
  "$root/usr/share/metainfo/io.github.seqohs_tracker.SeqohsTracker.metainfo.xml" ||
  fail "appstreamcli validate"
for page in seqohs-tracker seqohs-tracker-cli; do
  rendered=$(MANWIDTH=80 man --warnings -l "$root/usr/share/man/man1/$page.1.gz" 2>"$work/man-$page.err")
  [ -s "$work/man-$page.err" ] && fail "man warnings for $page: $(cat "$work/man-$page.err")"
  grep -qE "^ +$page +- " <<<"$rendered" || fail "man $page has no NAME line"
  grep -q "seqohs-tracker $version" <<<"$rendered" || fail "man $page does not carry $version"
done

echo "== MIME types"
update-mime-database "$root/usr/share/mime" >/dev/null 2>&1 || fail "update-mime-database"
export XDG_DATA_DIRS="$root/usr/share:/usr/share" XDG_DATA_HOME="$work/data-home"
mime_of() { gio info -a standard::content-type "$1" | sed -n 's/^ *standard::content-type: //p'; }
cp "$ws" "$work/renamed.bin"
check_equal "type of a workspace" "application/x-seqohs-workspace" "$(mime_of "$ws")"
check_equal "type of a renamed workspace (magic)" "application/x-seqohs-workspace" \
  "$(mime_of "$work/renamed.bin")"
check_equal "type of a pack" "application/x-seqohs-pack" "$(mime_of "$work/Staged OH-submission.zip")"
# What the desktop-file-utils trigger does on installation; GLib offers an application only
# when its program is on the PATH.
update-desktop-database "$root/usr/share/applications" || fail "update-desktop-database"
for type in application/x-seqohs-workspace application/x-seqohs-pack; do
  check_equal "default application for $type" "seqohs-tracker.desktop" \
    "$(PATH="$root/usr/bin:$PATH" gio mime "$type" | sed -n 's/^Default application for .*: //p')"
done

if [ "$failures" -ne 0 ]; then
  echo "$failures check(s) failed" >&2
  exit 1
fi
echo "all package checks passed"
