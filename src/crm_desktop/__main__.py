from crm_desktop.cli import main

if __name__ == "__main__":  # not when a second process (an import's reader) loads this module
    raise SystemExit(main())
