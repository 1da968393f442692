"""The member register: members, sites, status history, census, share capital register."""
