"""The demo cooperative for training and the scale generator for benchmarks."""

from coopdesk.demo.generator import DEMO_PASSWORD, DEMO_USERS, make_demo

__all__ = ["DEMO_PASSWORD", "DEMO_USERS", "make_demo"]
