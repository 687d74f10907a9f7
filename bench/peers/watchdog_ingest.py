#!/usr/bin/env python3
"""The program a user would write instead of ingestd: watch a folder with watchdog, and for
each file dropped in, read it, normalize it, hash it, skip it if already stored, else append a
JSON line to the store and fsync it, then move the file to the processed folder.

Written carefully, so that the bench compares ingestd with a fair peer and not a strawman:
  * durable before moved: the line is fsynced before the input leaves the inbox;
  * duplicates caught across saves: BOM, CRLF, no-break spaces and trailing blanks normalized
    before hashing; the set of known hashes is loaded from the store at start;
  * no half-written reads: files renamed in (IN_MOVED_TO) or closed after writing
    (IN_CLOSE_WRITE) only, never on mere creation;
  * files already waiting in the inbox at start are taken too;
  * watchdog's half-second move-pairing delay is turned off (it would hold every event
    queued behind our own moves out of the inbox).

Usage: watchdog_ingest.py --inbox DIR --store FILE --processed DIR
Prints READY on standard output once watching; stops on SIGTERM or SIGINT.
"""

import argparse
import datetime
import hashlib
import json
import os
import signal
import sys
import threading

from watchdog.events import FileClosedEvent, FileMovedEvent, FileSystemEventHandler
from watchdog.observers import inotify_move_event_grouper
from watchdog.observers.inotify import InotifyObserver

# Only IN_MOVED_FROM events are delayed, to pair them with an IN_MOVED_TO; ours (files moved
# out to processed/) never pair, and every later event would wait behind them.
inotify_move_event_grouper.InotifyMoveEventGrouper.delay = 0


def normalize(data: bytes) -> str:
    text = data.decode("utf-8")
    text = text.removeprefix("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip() + "\n"


class Ingester(FileSystemEventHandler):
    def __init__(self, inbox: str, store: str, processed: str) -> None:
        self.inbox = os.path.abspath(inbox)
        self.processed = os.path.abspath(processed)
        os.makedirs(self.processed, exist_ok=True)
        os.makedirs(os.path.dirname(os.path.abspath(store)), exist_ok=True)
        self.seen: set[str] = set()
        if os.path.exists(store):
            with open(store, encoding="utf-8") as lines:
                self.seen = {json.loads(line)["sha256"] for line in lines if line.strip()}
        self.store = open(store, "a", encoding="utf-8")
        self.lock = threading.Lock()

    def on_moved(self, event: FileMovedEvent) -> None:
        if event.dest_path and not event.is_directory:
            self.ingest(event.dest_path)

    def on_closed(self, event: FileClosedEvent) -> None:
        self.ingest(event.src_path)

    def ingest(self, path: str) -> None:
        name = os.path.basename(path)
        if os.path.dirname(path) != self.inbox or name.startswith("."):
            return
        with self.lock:
            try:
                with open(path, "rb") as file:
                    data = file.read()
            except FileNotFoundError:
                return  # already taken (an event can arrive twice)
            try:
                text = normalize(data)
            except UnicodeDecodeError:
                print(f"skipped {name}: not UTF-8 text", file=sys.stderr)
                return
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
            if digest not in self.seen:
                title, _, body = text.partition("\n")
                record = {
                    "id": digest[:16],
                    "sha256": digest,
                    "source": name,
                    "title": title,
                    "body": body.strip(),
                    "ingested_at": datetime.datetime.now(datetime.timezone.utc).isoformat(),
                }
                self.store.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
                self.store.flush()
                os.fsync(self.store.fileno())
                self.seen.add(digest)
            target = os.path.join(self.processed, name)
            stem, extension = os.path.splitext(name)
            number = 0
            while os.path.exists(target):
                number += 1
                target = os.path.join(self.processed, f"{stem}.{number}{extension}")
            os.rename(path, target)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inbox", required=True)
    parser.add_argument("--store", required=True)
    parser.add_argument("--processed", required=True)
    options = parser.parse_args()

    ingester = Ingester(options.inbox, options.store, options.processed)
    observer = InotifyObserver(generate_full_events=True)
    observer.schedule(ingester, ingester.inbox, recursive=False, event_filter=[FileMovedEvent, FileClosedEvent])
    observer.start()
    for name in sorted(os.listdir(ingester.inbox)):
        path = os.path.join(ingester.inbox, name)
        if os.path.isfile(path):
            ingester.ingest(path)
    print("READY", flush=True)

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    observer.stop()
    observer.join()
    ingester.store.close()


if __name__ == "__main__":
    main()
