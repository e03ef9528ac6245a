"""Qt-free use cases shared by the window and the command line.

One function per thing a user asks Elshi to do (import a file, make a briefing, back up, ...):
each takes the archive and plain arguments, returns a plain result and raises the core's
errors. Nothing here prints, asks or imports Qt; the command line (desktop_app/) and the window
(ui/) parse or ask, call one of these, and report in their own way.

Layers: desktop_app -> ui -> operations -> exports -> database.
"""
