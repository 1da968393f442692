"""The core: database, unit of work, money, access control, audit chain, errors, formatting.

Nothing here imports Qt; every rule runs headless (CLI, tests, a server).
"""
