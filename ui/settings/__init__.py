"""Tabs of the Instellingen page; each feature may add its own tab."""
