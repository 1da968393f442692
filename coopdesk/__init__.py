"""coopdesk: governance and finance for artisanal and small-scale miners' cooperatives."""

__version__ = "0.1.0"
