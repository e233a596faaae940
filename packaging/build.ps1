# Build the Windows app: packaging\dist\ltv-desktop\ltv-desktop.exe (one folder), then the installer
# packaging\dist\ltv-desktop-<version>-windows-setup.exe with Inno Setup (ISCC.exe) when it is installed.
#
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1                 # own venv in packaging\build\venv
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1 -Python C:\path\to\python.exe
# Optional signing (see packaging\README.md): set SIGNTOOL_CERT (a .pfx path) and SIGNTOOL_PASSWORD.
param(
    [string]$Python = $env:PYTHON,
    [string]$Iscc = $env:ISCC
)
$ErrorActionPreference = "Stop"
$Here = Split-Path -Parent $MyInvocation.MyCommand.Path
$Root = Split-Path -Parent $Here
Set-Location $Root

function Invoke-Checked {
    param([string]$Exe, [string[]]$Arguments)
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe $($Arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

if (-not $Python) {
    $Venv = Join-Path $Here "build\venv"
    if (-not (Test-Path (Join-Path $Venv "Scripts\python.exe"))) {
        Invoke-Checked "py" @("-3.11", "-m", "venv", $Venv)
        Invoke-Checked (Join-Path $Venv "Scripts\python.exe") @("-m", "pip", "install", "--quiet", "--upgrade", "pip")
    }
    $Python = Join-Path $Venv "Scripts\python.exe"
    Invoke-Checked $Python @("-m", "pip", "install", "--quiet", ".[package]")
}

$Version = (& $Python -c "import ltv_desktop; print(ltv_desktop.__version__)").Trim()
if ($LASTEXITCODE -ne 0 -or -not $Version) { throw "could not read the version from ltv_desktop" }
Write-Host "Building LTV Desktop $Version for Windows"

$Svg = Get-Item "resources\icons\app.svg"
$Ico = Get-Item "resources\icons\app.ico"
if ($Svg.LastWriteTime -gt $Ico.LastWriteTime) {
    $env:QT_QPA_PLATFORM = "offscreen"
    Invoke-Checked $Python @("packaging\render_icons.py")
}

if (Test-Path "packaging\dist\ltv-desktop") { Remove-Item -Recurse -Force "packaging\dist\ltv-desktop" }
Invoke-Checked $Python @("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
    "--distpath", "packaging\dist", "--workpath", "packaging\build\pyinstaller", "packaging\ltv_desktop.spec")

$Exe = "packaging\dist\ltv-desktop\ltv-desktop.exe"
$Size = (Get-ChildItem -Recurse "packaging\dist\ltv-desktop" | Measure-Object -Property Length -Sum).Sum / 1MB
Write-Host ("Bundle: packaging\dist\ltv-desktop ({0:N0} MB unpacked)" -f $Size)

# A windowed exe has no console: wait for it and read its exit code.
$env:QT_QPA_PLATFORM = "offscreen"
$Calc = Start-Process -FilePath $Exe -ArgumentList @("calc", "--aov", "100", "--frequency", "2", "--lifespan-years", "3", "--json") -Wait -PassThru -NoNewWindow
if ($Calc.ExitCode -ne 0) { throw "the frozen app's calc failed with exit code $($Calc.ExitCode)" }
$SelfTest = Start-Process -FilePath $Exe -ArgumentList @("--self-test") -Wait -PassThru -NoNewWindow
if ($SelfTest.ExitCode -ne 0) { throw "the frozen app's --self-test failed with exit code $($SelfTest.ExitCode)" }
Remove-Item Env:\QT_QPA_PLATFORM

function Invoke-Sign([string]$File) {
    if ($env:SIGNTOOL_CERT) {
        Invoke-Checked "signtool" @("sign", "/f", $env:SIGNTOOL_CERT, "/p", $env:SIGNTOOL_PASSWORD,
            "/fd", "SHA256", "/tr", "http://timestamp.digicert.com", "/td", "SHA256", $File)
    }
}
Invoke-Sign $Exe

if (-not $Iscc) {
    $Found = Get-Command "iscc" -ErrorAction SilentlyContinue
    if ($Found) { $Iscc = $Found.Source }
    elseif (Test-Path "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe") { $Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
}
if ($Iscc) {
    Invoke-Checked $Iscc @("/Qp", "/DAppVersion=$Version", "packaging\ltv_desktop.iss")
    $Setup = "packaging\dist\ltv-desktop-$Version-windows-setup.exe"
    Invoke-Sign $Setup
    Write-Host "Installer: $Setup"
} else {
    Write-Warning "Inno Setup (ISCC.exe) not found: built the folder only. Install it with: choco install innosetup"
}
