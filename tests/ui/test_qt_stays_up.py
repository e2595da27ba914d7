"""The installed Qt survives a working day of calls (PySide6 6.12.0 on Python 3.11 did not).

That release lowered the reference count of ``None`` on every Qt method returning nothing;
on 3.11, where ``None`` is not immortal, the process aborted after a few thousand calls.
The calls run in a child process so that such a crash fails this test, not the whole run.
"""

import os
import subprocess
import sys
import textwrap

CALLS = 50_000

CHILD = textwrap.dedent(f"""
    import sys
    from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
    app = QApplication([])
    label, field = QLabel(), QLineEdit()
    before = sys.getrefcount(None)
    for number in range({CALLS}):
        label.setText(str(number))      # void
        label.setEnabled(number % 2 == 0)  # void
        field.setPlaceholderText("x")   # void
    after = sys.getrefcount(None)
    print(before, after, label.text())
""")


def test_fifty_thousand_void_qt_calls_keep_none_alive():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True,
                            env=env, timeout=300)
    assert result.returncode == 0, f"Qt process died: {result.stderr[-2000:]}"
    before, after, text = result.stdout.split()
    assert text == str(CALLS - 1)
    # A lost reference per call would show as a fall of about 3 × CALLS; allow noise.
    assert int(after) >= int(before) - 100, f"None lost {int(before) - int(after)} references"
