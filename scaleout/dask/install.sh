#!/bin/sh
# Installs what scaleout/dask/driver.py needs from Debian (bookworm: Dask 2022.12.1), for /usr/bin/python3.
set -eu
if /usr/bin/python3 -c 'import dask, distributed' 2> /dev/null; then exit 0; fi
apt-get install -y -qq python3-dask python3-distributed
