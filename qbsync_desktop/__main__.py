from qbsync_desktop.cli import main

raise SystemExit(main())
