#!/usr/bin/env bash
# Makes a SoftHSM2 token that stands for an officer's DSC USB token (issue 16), in DIR:
#   DIR/softhsm2.conf        the SoftHSM2 configuration (export SOFTHSM2_CONF=DIR/softhsm2.conf)
#   DIR/external-ca.pem      a throwaway "licensed CA" (not the organisation's), its key DIR/external-ca.key
#   DIR/officer.pem          the officer's certificate from it; its key exists only on the token
#   DIR/other.pem            a second certificate from the same CA, never put on a token
# Usage: make-dsc-token.sh DIR LABEL PIN "COMMON NAME" [DAYS]
# Needs softhsm2, gnutls-bin (certtool, p11tool) and opensc (pkcs11-tool); exits 2 naming the
# missing tool, so a test that calls it fails rather than skips.
set -euo pipefail
dir=$1 label=$2 pin=$3 cn=$4 days=${5:-365}
for tool in softhsm2-util certtool pkcs11-tool; do
    command -v "$tool" >/dev/null || { echo "make-dsc-token: $tool is missing (apt-get install softhsm2 gnutls-bin opensc)" >&2; exit 2; }
done
module=${NASTI_PKCS11_MODULE:-/usr/lib/softhsm/libsofthsm2.so}
[[ -r $module ]] || { echo "make-dsc-token: no PKCS#11 module at $module (apt-get install softhsm2)" >&2; exit 2; }
mkdir -p "$dir/tokens"
cat >"$dir/softhsm2.conf" <<CONF
directories.tokendir = $dir/tokens
objectstore.backend = file
log.level = ERROR
CONF
export SOFTHSM2_CONF=$dir/softhsm2.conf
softhsm2-util --init-token --free --label "$label" --so-pin 87654321 --pin "$pin" >/dev/null

cd "$dir"
cat >ca.tmpl <<T
cn = "Test Licensed CA 2026"
organization = "Test Certifying Authority"
country = IN
serial = 1
expiration_days = 3650
ca
cert_signing_key
crl_signing_key
T
certtool --generate-privkey --key-type rsa --bits 2048 --no-text --outfile external-ca.key 2>/dev/null
certtool --generate-self-signed --load-privkey external-ca.key --template ca.tmpl --outfile external-ca.pem 2>/dev/null

make_cert() { # name cn serial
    cat >"$1.tmpl" <<T
cn = "$2"
organization = "Test Department"
title = "Under Secretary"
country = IN
serial = $3
expiration_days = $days
signing_key
T
    certtool --generate-privkey --key-type rsa --bits 2048 --no-text --outfile "$1.key" 2>/dev/null
    certtool --generate-certificate --load-privkey "$1.key" --load-ca-certificate external-ca.pem \
        --load-ca-privkey external-ca.key --template "$1.tmpl" --outfile "$1.pem" 2>/dev/null
}
make_cert officer "$cn" 1001
make_cert other "$cn" 1002

# The key and certificate onto the token (same CKA_ID, so NSS pairs them), then the key off disk.
certtool --certificate-info --infile officer.pem --outder --outfile officer.der 2>/dev/null
pkcs11-tool --module "$module" --login --pin "$pin" --token-label "$label" --write-object officer.key \
    --type privkey --id 01 --label "$label-key" --usage-sign >/dev/null
pkcs11-tool --module "$module" --login --pin "$pin" --token-label "$label" --write-object officer.der \
    --type cert --id 01 --label "$label-cert" >/dev/null
shred -u officer.key 2>/dev/null || rm -f officer.key
echo "$module"
