# Install Elshi from this offline bundle (Windows). No network is used.
#   powershell -ExecutionPolicy Bypass -File install.ps1 [--prefix DIR] [--no-shortcut]
#   powershell -ExecutionPolicy Bypass -File install.ps1 --uninstall
# It needs the Python this bundle was made for (bundle.json names it), e.g. from python.org's
# installer carried on the same media; $env:PYTHON = 'C:\path\python.exe' chooses one.
# Written for Windows 10/11 with Windows PowerShell 5.1; not tested on Windows by the project.
$ErrorActionPreference = 'Stop'
$here = Split-Path -Parent $MyInvocation.MyCommand.Path
$want = (Get-Content -Raw (Join-Path $here 'bundle.json') | ConvertFrom-Json).python
$python = $null
$pyArgs = @()
if ($env:PYTHON) {
    $python = $env:PYTHON
} elseif (Get-Command py -ErrorAction SilentlyContinue) {
    $python = 'py'; $pyArgs = @("-$want")
} elseif (Get-Command python -ErrorAction SilentlyContinue) {
    $python = 'python'
}
if (-not $python) {
    Write-Error "[elshi install] Python $want is needed and was not found. Install it from python.org's installer (on your approved media), then run this again."
    exit 1
}
& $python @pyArgs (Join-Path $here 'install.py') @args
exit $LASTEXITCODE
